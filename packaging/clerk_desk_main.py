"""The packaged workstation's entry point: the same command line as ``clerk-desk``."""

import sys

from clerk_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
