# os.path and pathlib string manipulation without touching the disk
import os.path
from pathlib import PurePosixPath

p = "/home/ann/projects/async-demo/main.py"
print(os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.split(p))
print(os.path.join("a", "b", "c.txt"), os.path.join("a", "/abs", "x"), os.path.normpath("a/./b/../c//d"))
print(os.path.isabs(p), os.path.isabs("rel/x"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
pp = PurePosixPath(p)
print(pp.name, pp.stem, pp.suffix, pp.parent, pp.parts[:3], pp.anchor)
print(pp.with_suffix(".txt"), pp.with_name("test.py"), pp.parent / "data" / "x.csv")
print(PurePosixPath("a/b").joinpath("c"), pp.relative_to("/home/ann"), pp.match("*.py"), list(pp.parents)[:2])
print(PurePosixPath("x.tar.gz").suffixes, repr(PurePosixPath("a//b/./c")), str(PurePosixPath(".")))
print(pp.relative_to("/etc"))
