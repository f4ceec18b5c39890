"""Page-number pagination: a list method returns a page that iterates over every item of every page.

    for log in client.audit_logs.list():              # SyncPage: all items, fetching pages lazily
    page = await async_client.audit_logs.list()       # AsyncPaginator awaited: the first AsyncPage
    async for log in async_client.audit_logs.list():  # or every item of every page

The next page is the same request with the page parameter incremented (the first page is the one the
call asked for, 1 when it did not say). There is no next page when a page is empty, when the page number
reached the response's total page count, or, when the response gives no total, when the page holds fewer
items than the page size the call asked for.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from typing import Any, Generic, TypeVar, cast

__all__ = ["AsyncPage", "AsyncPaginator", "PageNumberPagination", "SyncPage"]

T = TypeVar("T")


class PageNumberPagination:
    """How a list operation pages. `items` and `total_pages` are attribute paths (Python names) on the
    decoded response; the query parameters are wire names."""

    __slots__ = ("items", "page_param", "size_param", "total_pages")

    def __init__(
        self,
        items: str,
        page_param: str,
        size_param: str | None = None,
        total_pages: tuple[str, ...] | None = None,
    ) -> None:
        self.items = items
        self.page_param = page_param
        self.size_param = size_param
        self.total_pages = total_pages

    def __repr__(self) -> str:
        return (
            f"PageNumberPagination(items={self.items!r}, page_param={self.page_param!r},"
            f" size_param={self.size_param!r}, total_pages={self.total_pages!r})"
        )

    def read_page(
        self, response: object, query: Mapping[str, object] | None
    ) -> tuple[list[Any], int | None]:
        """The items of a decoded page, and the page number to ask for next (None after the last).

        `query` is the query the page was asked with: it gives the current page number and page size.
        """
        found = _lookup(response, (self.items,))
        items: list[Any] = cast(Any, found) if isinstance(found, list) else []
        if not items:
            return items, None
        query = query or {}
        current = _as_int(query.get(self.page_param))
        if current is None:
            current = 1
        total = (
            _as_int(_lookup(response, self.total_pages)) if self.total_pages else None
        )
        if total is not None:
            return items, (current + 1 if current < total else None)
        size = _as_int(query.get(self.size_param)) if self.size_param else None
        if size is not None and len(items) < size:
            return items, None
        return items, current + 1


def _lookup(value: object, path: tuple[str, ...]) -> object:
    """Follow attribute names (or keys, for a mapping) from `value`; None if any step is missing."""
    for name in path:
        if value is None:
            return None
        if isinstance(value, Mapping):
            value = cast("Mapping[str, object]", value).get(name)
        else:
            value = getattr(value, name, None)
    return value


def _as_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class SyncPage(Generic[T]):
    """One page of a list; iterating it yields every item of this page and the pages after it."""

    items: list[T]
    """This page's items."""
    response: object
    """The decoded response of this page (e.g. for pagination totals)."""

    def __init__(
        self,
        items: list[T],
        response: object,
        next_page: Callable[[], SyncPage[T]] | None,
    ) -> None:
        self.items = items
        self.response = response
        self._next_page = next_page

    def has_next_page(self) -> bool:
        return self._next_page is not None

    def get_next_page(self) -> SyncPage[T]:
        """Fetch the page after this one; raises `LookupError` if there is none."""
        if self._next_page is None:
            raise LookupError("no next page: check has_next_page() first")
        return self._next_page()

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page()}>"


class AsyncPage(Generic[T]):
    """One page of a list; `async for` over it yields every item of this page and the pages after it."""

    items: list[T]
    """This page's items."""
    response: object
    """The decoded response of this page (e.g. for pagination totals)."""

    def __init__(
        self,
        items: list[T],
        response: object,
        next_page: Callable[[], Awaitable[AsyncPage[T]]] | None,
    ) -> None:
        self.items = items
        self.response = response
        self._next_page = next_page

    def has_next_page(self) -> bool:
        return self._next_page is not None

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one; raises `LookupError` if there is none."""
        if self._next_page is None:
            raise LookupError("no next page: check has_next_page() first")
        return await self._next_page()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page()}>"


class AsyncPaginator(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` over it for
    every item of every page. Nothing is requested until then."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item
