"""What a clerk or a supervisor does, one use case each, grouped by area.

- ``counter``: the counter's requests (open, decide, the citizen's papers, the lease);
- ``paper``: preparing and printing a request's papers through the print ledger;
- ``post``: sealing, the pickup shelf, dispatch manifests, the courier;
- ``reconciliation``: the shift's reconciliation, the counter's and the supervisor's;
- ``supervision``: the shift supervisor's reviews, checks and figures;
- ``session``: who is at the desk (log-in, lock, log-out) and the workstation's standing
  (its key, its number blocks, its store: ``numbers``).

The rules of a use case (ARCHITECTURE.md, "Use cases and ports"):

- it reads the store once, applies the core's rules, writes one transaction (state,
  evidence, audit entry, outbox message) and returns a typed view, never a store row;
- it reaches the central server and paper only through the ports it is given
  (``clerk_desk.ports``), implemented by ``sync`` and ``printing`` and wired in the
  composition roots (``ui.app``, ``clerk_desk.cli``);
- what the server must hear goes through the outbox: the use case writes the message and
  nudges the sync worker (``Courier.deliver_soon``), it never waits for the link;
- it is blocking and Qt-free: the UI runs it in an operation, off the GUI thread, and
  tests call it directly.

``context.WorkContext`` is what every use case of one workstation shares.
"""
