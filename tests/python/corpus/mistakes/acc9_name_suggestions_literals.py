# true, none and Print written with the wrong case.
for src in ["true", "none", "Print", "null", "Ture"]:
    try:
        eval(src)
    except NameError as e:
        print(e)
flag = false
