#!/usr/bin/env python3
"""Build the digest's Markdown pages from report files: see `python build_site.py --help`."""
import sys

from digest.cli import main

if __name__ == "__main__":
    sys.exit(main())
