# raising a group of the errors I found, even when I found none
errors = []
for value in ["1", "2", "3"]:
    try:
        int(value)
    except ValueError as e:
        errors.append(e)
print("errors:", errors)
raise ExceptionGroup("validation failed", errors)
