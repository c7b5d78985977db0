# pathlib.Path as the type of an argument, as many tutorials show (no file is opened)
import argparse
import pathlib

p = argparse.ArgumentParser(prog="paths")
p.add_argument("src", type=pathlib.Path)
p.add_argument("--out", type=pathlib.PurePosixPath, default=pathlib.PurePosixPath("build"))
a = p.parse_args(["docs/chapter/intro.md", "--out", "site/html"])
print(repr(a.out), a.src.name, a.src.suffix, a.src.parent)
print(a.out / a.src.with_suffix(".html").name)
