# exec() inside a function cannot create or change local variables; locals() snapshots
def try_exec():
    x = 1
    exec("x = 99; y = 2")
    print("x after exec:", x)
    print("y in locals():", "y" in locals())
    ns = {}
    exec("y = 2", globals(), ns)
    print("ns:", ns)
    loc = locals()
    z = 3
    print(sorted(loc), "z" in locals())


try_exec()
exec("created_global = 'made by exec'")
print(created_global)


def reader():
    a = 10
    return eval("a * 2")


print(reader(), eval("reader()"))


def missing():
    exec("w = 5")
    return w


missing()
