# A KeyError inside the except block of another error: both tracebacks are shown
users = {"ada": {"age": 36}}

def age_of(name):
    try:
        return users[name]["age"]
    except KeyError:
        print("unknown user", name)
        return users["default"]["age"]

print(age_of("ada"))
print(age_of("bob"))
