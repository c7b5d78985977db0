# LEGB name lookup: local, enclosing, global, built-in, and shadowing a built-in name
x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        print("inner:", x)

    def reader():
        print("reader:", x)

    def writer():
        nonlocal x
        x = "changed by writer"

    inner()
    reader()
    writer()
    reader()


outer()
print("module:", x)


def uses_builtin():
    return len("abc")


def shadows():
    len = lambda s: "shadowed!"
    return len("abc")


print(uses_builtin(), shadows(), len("abcd"))
import builtins
print(builtins.len is len, "len" in dir(builtins))
list = [1, 2]
print(list)
print(list("abc"))
