# os.path string helpers a course uses for file names: join, split, splitext, basename, normpath
import os.path
import os

paths = ["data/raw/report.final.csv", "/etc/hosts", "notes.txt", "archive.tar.gz", "dir/", ".bashrc"]
for p in paths:
    print(f"{p:<28} base={os.path.basename(p)!r:<20} dir={os.path.dirname(p)!r:<12} ext={os.path.splitext(p)[1]!r}")
print(os.path.join("a", "b", "c.txt"), os.path.join("a", "/abs", "x"), os.path.join("a/", "b"))
print(os.path.split("/usr/lib/python3"), os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"))
print(os.sep, os.path.commonprefix(["interval", "internet"]), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.splitext("noext"), os.path.expanduser("~") == os.environ.get("HOME"), os.linesep == "\n")
print(os.path.relpath("/a/b/c", "/a"), os.path.join(*["x", "y"]))
print(os.path.exists("/definitely/not/here/12345"), os.path.basename(os.getcwd()))
os.path.join("a", 3)
