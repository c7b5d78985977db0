# Builtins capitalised or lower-cased: Print, none, Len
for code in ["Print('x')", "x = none", "Len([1])", "true", "Int('3')"]:
    try:
        exec(code)
    except NameError as e:
        print(e)
Print("done")
