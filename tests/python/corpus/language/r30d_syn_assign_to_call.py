# Assigning to a function call and to a literal
def get_name():
    return 'x'


get_name() = 'y'
print(get_name())
