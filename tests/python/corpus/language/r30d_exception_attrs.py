# Exception objects in detail: args, str/repr of 0, 1 and 2 args, KeyError's repr, and attributes
cases = [Exception(), Exception("one"), Exception("one", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
         ValueError(42), OSError(2, "No such file or directory"), OSError(2, "nf", "x.txt"),
         StopIteration(), StopIteration(5), AttributeError("x", name="n", obj=None), NameError("m", name="m"),
         UnicodeError("bad"), SyntaxError("invalid", ("f.py", 3, 5, "x = = 1", 3, 6))]
for e in cases:
    print(f"{type(e).__name__:18} str={str(e)!r:38} args={e.args!r}")
e = OSError(13, "Permission denied", "/etc/shadow")
print(e.errno, e.strerror, e.filename, type(e).__name__)
se = cases[-1]
print(se.filename, se.lineno, se.offset, se.text, se.msg, se.end_lineno, se.end_offset)
err = ValueError("boom")
err.args = ("changed", 1)
print(err, repr(err), err.with_traceback(None) is err)
print(ImportError("nope", name="mod", path="/x").name, BaseException.__new__(ValueError).args)
raise OSError(2, "No such file or directory", "data.csv")
