"""The engine's hooks, as named in mkdocs.yml: the events themselves live in `kennisbank.adapter.events`."""

from kennisbank.adapter.events import (  # noqa: F401 - the engine registers every on_* name of this module
    on_build_error,
    on_config,
    on_env,
    on_files,
    on_page_content,
    on_page_markdown,
    on_post_build,
    on_post_page,
    on_pre_build,
    on_shutdown,
    on_startup,
)
