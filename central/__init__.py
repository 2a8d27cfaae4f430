"""The reference central server: the HTTP API the workstation speaks, a civil-registry
simulator and seeded training data. Used for the demo, for training clerks and by the tests.

Entry points: :func:`central.app.create_app`, :func:`central.server.run`,
:func:`central.server.serve_in_background`.
"""
