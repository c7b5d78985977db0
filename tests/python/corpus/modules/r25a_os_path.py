import os.path
import os

p = os.path.join("data", "2024", "report.final.csv")
print(p)
print(os.path.basename(p), os.path.dirname(p))
print(os.path.splitext(p), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.split(p), os.path.split("/"), os.path.split("file"))
print(os.path.join("/abs", "x", "/root", "y"), os.path.join("a", ""), os.path.join("a"))
print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.basename("dir/"), os.path.dirname("/only"), os.path.dirname("plain"))
print(os.sep, os.path.sep, os.curdir, os.pardir)
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
name, ext = os.path.splitext(os.path.basename(p))
print(f"{name}{ext.upper()}")
print(os.path.join("a", 5))
