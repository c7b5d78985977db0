# is with a string literal, and is not with a number.
status = "ok"
if status is "ok":
    print("fine")
if len(status) is not 2:
    print("odd")
