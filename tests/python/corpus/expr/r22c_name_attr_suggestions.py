# NameError / AttributeError messages with "Did you mean" suggestions
length = 10
message = "hello"
checks = ["lenght", "mesage", "Length", "pritn", "true", "none", "lenn", "xyzzy_unknown"]
for name in checks:
    try:
        eval(name)
    except NameError as e:
        print("NameError:", e)
for attr in ["uper", "spilt", "startwith", "lenght", "strip_", "find_all"]:
    try:
        getattr(message, attr)
    except AttributeError as e:
        print("AttributeError:", e)
for obj, attr in [(5, "length"), (3.5, "is_int"), ([], "push"), ({}, "has_key"), (None, "strip")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print("AttributeError:", e)
nums = [1, 2, 3]
nums.add(4)
