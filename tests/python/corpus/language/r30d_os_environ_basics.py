# os basics a course shows without touching files: environ lookups with defaults, sep, name, cpu-free
import os

print(os.environ.get("R30D_NOT_SET", "default value"), "R30D_NOT_SET" in os.environ)
os.environ["R30D_MODE"] = "testing"
print(os.environ["R30D_MODE"], os.getenv("R30D_MODE"), os.getenv("R30D_MISSING"), os.getenv("R30D_MISSING", "x"))
del os.environ["R30D_MODE"]
print(os.environ.get("R30D_MODE"), os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir)
print(os.path.join(os.curdir, "data", "file.txt"), os.fspath("plain"), type(os.environ).__name__)
try:
    os.environ["R30D_NUM"] = 5
except TypeError as e:
    print("TypeError:", e)
print(os.environ["R30D_ABSENT"])
