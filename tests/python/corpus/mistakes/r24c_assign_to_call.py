# r24c_assign_to_call: a mistake as a learner makes it, and what CPython 3.11 says of it
def get_total():
    return 5

get_total() = 10
