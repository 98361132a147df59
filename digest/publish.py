"""Build the HTML site with MkDocs into a staging folder, then swap it in.

`mkdocs build` writes straight into site/; a failure or a kill halfway would
leave a mixed site. Building next to it and swapping the folders in one rename
means readers and the offline bundle only ever see a whole site.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .write import swap_folders


def build(config: Path, site: Path, strict: bool = True) -> int:
    site = site.resolve()
    staging = site.with_name(f".{site.name}.staging-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config), "--site-dir", str(staging)]
    if strict:
        command.append("--strict")
    result = subprocess.run(command)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"error: mkdocs build failed; {site} left as it was", file=sys.stderr)
        return result.returncode
    swap_folders(staging, site)
    shutil.rmtree(staging, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digest.publish", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site", type=Path, default=Path("site"))
    args = parser.parse_args(argv)
    return build(args.config, args.site)


if __name__ == "__main__":
    sys.exit(main())
