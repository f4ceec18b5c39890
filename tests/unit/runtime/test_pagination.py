"""Page-number pagination: when there is a next page, and iterating pages sync and async."""

import json

import httpx
import pytest

ITEMS_PER_PAGE = 2


@pytest.fixture
def rt(any_rt):
    """Every test here runs with both model backends."""
    return any_rt


@pytest.fixture
def pagination(rt):
    return rt.PageNumberPagination(
        items="audit_logs",
        page_param="page",
        size_param="page_size",
        total_pages=("pagination", "total_pages"),
    )


@pytest.fixture
def types(rt):
    class AuditLog(rt.Model):
        code: str

    class Pagination(rt.Model):
        page: int
        page_size: int
        total_pages: int | None = None
        total_rows: int | None = None

    class ListAuditLogs(rt.Model):
        audit_logs: list[AuditLog]
        pagination: Pagination | None = None

    return AuditLog, ListAuditLogs


def audit_page(page, codes, total_pages=None, page_size=ITEMS_PER_PAGE):
    pagination = {"page": page, "page_size": page_size}
    if total_pages is not None:
        pagination |= {"total_pages": total_pages, "total_rows": 99}
    return httpx.Response(
        200, json={"audit_logs": [{"code": c} for c in codes], "pagination": pagination}
    )


class Decoded:
    """A stand-in for a decoded response model."""

    def __init__(self, items, total_pages=None):
        self.audit_logs = items
        self.pagination = Decoded.__new__(Decoded)
        self.pagination.total_pages = total_pages


@pytest.mark.parametrize(
    ("query", "items", "total", "expected"),
    [
        ({}, [1, 2], 3, 2),  # no page asked: this was page 1
        ({"page": 2}, [1, 2], 3, 3),
        ({"page": 3}, [1, 2], 3, None),  # reached total_pages
        ({"page": 5}, [1], 3, None),  # past total_pages
        ({"page": 1}, [], 3, None),  # an empty page ends it
        ({"page": 1, "page_size": 2}, [1], None, None),  # no total: a short page is the last
        ({"page": 1, "page_size": 2}, [1, 2], None, 2),  # no total, full page: maybe more
        ({"page": 1}, [1], None, 2),  # no total, no size: only an empty page ends it
        ({"page": 0}, [1], 3, 1),  # a zero-based page number is kept
    ],
)
def test_read_page(pagination, query, items, total, expected):
    assert pagination.read_page(Decoded(items, total), query) == (items, expected)


def test_read_page_ignores_not_given_page(rt, pagination):
    query = {"page": rt.NOT_GIVEN, "page_size": rt.NOT_GIVEN}
    assert pagination.read_page(Decoded([1], None), query) == ([1], 2)


def test_read_page_from_a_mapping_response(rt):
    pagination = rt.PageNumberPagination(
        items="data", page_param="p", total_pages=("meta", "pages")
    )
    assert pagination.read_page({"data": [1], "meta": {"pages": 1}}, {}) == ([1], None)
    assert pagination.read_page({"data": None}, {}) == ([], None)


def serve_pages(pages):
    """A handler answering `?page=N` with pages[N - 1] (page 1 without the parameter)."""

    def handler(request):
        return pages[int(request.url.params.get("page", "1")) - 1]

    return handler


def list_call(client, rt, pagination, types, **query):
    _, list_type = types
    return client.request_page(
        "get",
        "/v1/organizations/{org}/audit-logs",
        path_params={"org": "acme"},
        query={"page": rt.NOT_GIVEN, **query},
        pagination=pagination,
        response_type=list_type,
        item_type=types[0],
    )


def test_sync_page_iterates_every_item_across_pages(rt, mock_client, pagination, types):
    pages = [audit_page(1, "ab", 3), audit_page(2, "cd", 3), audit_page(3, "e", 3)]
    mock = mock_client(serve_pages(pages))
    page = list_call(mock.client, rt, pagination, types, page_size=2)
    assert len(mock.requests) == 1  # pages after the first are fetched on demand
    assert [log.code for log in page.items] == ["a", "b"]
    assert page.has_next_page()
    assert page.response.pagination.total_rows == 99
    assert [log.code for log in page] == ["a", "b", "c", "d", "e"]
    assert [r.url.params.get("page") for r in mock.requests] == [None, "2", "3"]
    assert all(r.url.params["page_size"] == "2" for r in mock.requests)
    assert all(r.url.path == "/v1/organizations/acme/audit-logs" for r in mock.requests)


def test_sync_iter_pages_and_get_next_page(rt, mock_client, pagination, types):
    pages = [audit_page(1, "ab"), audit_page(2, "c")]
    mock = mock_client(serve_pages(pages))
    page = list_call(mock.client, rt, pagination, types, page_size=2)
    assert [[log.code for log in p.items] for p in page.iter_pages()] == [["a", "b"], ["c"]]
    last = page.get_next_page()
    assert not last.has_next_page()
    with pytest.raises(LookupError):
        last.get_next_page()
    assert "has_next_page=False" in repr(last)


def test_sync_page_starting_later(rt, mock_client, pagination, types):
    pages = [audit_page(1, "ab", 3), audit_page(2, "cd", 3), audit_page(3, "e", 3)]
    mock = mock_client(serve_pages(pages))
    assert [log.code for log in list_call(mock.client, rt, pagination, types, page=2)] == [
        "c",
        "d",
        "e",
    ]


def test_empty_first_page(rt, mock_client, pagination, types):
    mock = mock_client(audit_page(1, "", 0))
    page = list_call(mock.client, rt, pagination, types)
    assert list(page) == []
    assert not page.has_next_page()


def test_next_page_errors_raise_during_iteration(rt, mock_client, pagination, types):
    mock = mock_client(audit_page(1, "ab", 2), httpx.Response(404, json={"error": "gone"}))
    page = list_call(mock.client, rt, pagination, types)
    iterator = iter(page)
    assert [next(iterator).code, next(iterator).code] == ["a", "b"]
    with pytest.raises(rt.NotFoundError):
        next(iterator)


def test_raw_first_page(rt, mock_client, pagination, types):
    mock = mock_client(serve_pages([audit_page(1, "ab", 2), audit_page(2, "c", 2)]))
    raw_list = rt.to_raw_response_wrapper(list_call)
    response = raw_list(mock.client, rt, pagination, types)
    assert isinstance(response, rt.APIResponse)
    assert json.loads(response.content)["pagination"]["total_pages"] == 2
    assert [log.code for log in response.parse()] == ["a", "b", "c"]


@pytest.mark.anyio
async def test_async_paginator_is_async_iterable(rt, mock_async_client, pagination, types):
    pages = [audit_page(1, "ab", 3), audit_page(2, "cd", 3), audit_page(3, "e", 3)]
    mock = mock_async_client(serve_pages(pages))
    paginator = list_call(mock.client, rt, pagination, types)
    assert mock.requests == []  # nothing is fetched before awaiting or iterating
    assert [log.code async for log in paginator] == ["a", "b", "c", "d", "e"]
    assert len(mock.requests) == 3


@pytest.mark.anyio
async def test_async_paginator_awaited_gives_the_first_page(
    rt, mock_async_client, pagination, types
):
    pages = [audit_page(1, "ab", 2), audit_page(2, "c", 2)]
    mock = mock_async_client(serve_pages(pages))
    page = await list_call(mock.client, rt, pagination, types)
    assert isinstance(page, rt.AsyncPage)
    assert [log.code for log in page.items] == ["a", "b"]
    assert page.has_next_page()
    assert [[log.code for log in p.items] async for p in page.iter_pages()] == [["a", "b"], ["c"]]
    last = await page.get_next_page()
    assert not last.has_next_page()
    with pytest.raises(LookupError):
        await last.get_next_page()
    assert [log.code async for log in page] == ["a", "b", "c"]


@pytest.mark.anyio
async def test_async_raw_first_page(rt, mock_async_client, pagination, types):
    mock = mock_async_client(serve_pages([audit_page(1, "ab", 1)]))

    def list_logs():
        return list_call(mock.client, rt, pagination, types)

    response = await rt.async_to_raw_response_wrapper(list_logs)()
    assert isinstance(response, rt.AsyncAPIResponse)
    page = await response.parse()
    assert [log.code for log in page.items] == ["a", "b"]
    assert [log.code async for log in list_logs()] == ["a", "b"]  # the flag did not leak
