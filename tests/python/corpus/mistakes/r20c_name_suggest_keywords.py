# NameError suggestions for lowercase true/none and similar builtins
for src in ["x = true", "x = none", "x = Flase", "x = lenn([])", "x = Exeption", "x = zzqq"]:
    try:
        exec(src)
    except NameError as e:
        print(e)
flag = nul
