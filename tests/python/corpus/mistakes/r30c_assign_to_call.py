# Trying to assign to a function call.
def get_name():
    return "x"

get_name() = "y"
print(get_name())
