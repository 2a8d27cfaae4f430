"""The reference server fuzzed from its own OpenAPI document by schemathesis, a tester
nobody here wrote: every operation, with a clerk's token, with a supervisor's and with the
key the post calls its tracking feed with, through
schemathesis's phases (coverage of each parameter's edges, fuzzing, and the stateful run
that chains operations by the links it infers from the answers).

It must end with no failure of these checks: no server error (5xx), every status code,
content type, header and body as the document declares, schema-violating input refused,
no resource gone missing after it was answered and no call ignoring its token.
``positive_data_acceptance`` is left out: the server's rules are stricter than a JSON
schema can say (a reason code of the catalogue, a national number's form, text without
direction overrides, a request in the right state), so schema-valid input is often and
rightly refused with a 4xx.

Bounded for ``make test``: a fixed seed, deterministic generation and a fixed number of
examples per operation; schemathesis runs in its own process (its CLI, the interface it
keeps stable) against the server on loopback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from central.outreach import DEMO_POST_FEED_KEY
from tests.central.conftest import Api

POST_KEY = f"Bearer {DEMO_POST_FEED_KEY}"

CHECKS = ",".join(
    (
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "missing_required_header",
        "unsupported_method",
        "allow_header_conformance",
        "use_after_free",
        "ensure_resource_availability",
        "ignored_auth",
    )
)
MAX_EXAMPLES = 10
SEED = 20260301
TIMEOUT_SECONDS = 300


@pytest.mark.parametrize("username", ["dam.clerk1", "dam.supervisor", "the post"])
def test_the_fuzzer_finds_no_server_error_and_no_schema_violation(
    api: Api, username: str, tmp_path: Path
) -> None:
    # The post calls its tracking feed with its own key (central.outreach), not a log-in.
    token = POST_KEY if username == "the post" else api.login(username)["Authorization"]
    schema_url = str(api.client.base_url.join("/openapi.json"))
    paths = api.client.get("/openapi.json").json()["paths"]
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        schema_url,
        "--header",
        f"Authorization: {token}",
        "--checks",
        CHECKS,
        "--phases",
        "coverage,fuzzing,stateful",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        str(SEED),
        "--generation-deterministic",  # which keeps no database of examples either
        "--workers",
        "1",
        "--request-timeout",
        "30",
        "--no-color",
    ]
    environment = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        command,
        cwd=tmp_path,  # anything it writes stays in the test's folder
        env=environment,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    tested = re.search(r"Tested: (\d+)", output)
    operations = sum(len(methods) for methods in paths.values())
    assert tested is not None and int(tested.group(1)) == operations, output
    assert re.search(r"✅ Stateful", output), output  # the linked run happened, and passed
    generated = re.search(r"(\d+) generated, (\d+) passed", output)
    assert generated is not None and int(generated.group(1)) > 50 * MAX_EXAMPLES, output
