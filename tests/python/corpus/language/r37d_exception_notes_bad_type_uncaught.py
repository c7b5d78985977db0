# A learner sets __notes__ to a string instead of calling add_note, then lets the error escape.
def check_age(age):
    if age < 0:
        err = ValueError(f"age {age} is negative")
        err.__notes__ = "ages start at zero"
        raise err
    return age

print(check_age(30))
check_age(-2)
