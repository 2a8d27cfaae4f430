"""The small interfaces through which the core reaches the outside, declared by the core.

The use cases (``clerk_desk.usecases``) take these; ``sync`` and ``printing`` implement
them, and the composition roots (``ui.app``, ``clerk_desk.cli``) wire one to the other, so
the core imports neither the network nor paper. Each module is one area's:

- ``link``: the sync worker as the use cases see it (``Courier``: deliver the outbox soon);
- ``counter``: what opening and working a request asks of the server;
- ``outreach``: the story after the counter (the post's events, the citizen's messages);
- ``paper``: rendering papers (``DocumentRenderer``), the print service
  (``PrintService``) and what printing asks of the server (``PaperLink``);
- ``reconciliation``: what the shift's reconciliation asks of the server;
- ``supervision`` and ``session``: what the supervisor's screens and the log-in ask of the
  server and of the keyring.

A protocol lists only what its use cases call. The errors a link raises are in
``clerk_desk.link_errors``.
"""
