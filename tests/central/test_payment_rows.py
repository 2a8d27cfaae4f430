"""A request's payment goes out in the contract's form, with every request."""

from __future__ import annotations

from clerk_desk.api import RequestOut
from clerk_desk.payments import PaymentState
from tests.central.conftest import Api


def test_every_request_of_the_queue_carries_its_paid_payment(api: Api) -> None:
    headers = api.login("dam.clerk1")
    items, _ = api.pull_all(headers)
    assert items
    for item in items:
        request = RequestOut.model_validate(item)
        assert request.payment is not None
        assert request.payment.state is PaymentState.PAID
        assert request.payment.amount > 0


def test_a_request_from_a_server_older_than_payments_has_none(api: Api) -> None:
    headers = api.login("dam.clerk1")
    items, _ = api.pull_all(headers)
    older = {k: v for k, v in items[0].items() if k != "payment"}
    assert RequestOut.model_validate(older).payment is None
