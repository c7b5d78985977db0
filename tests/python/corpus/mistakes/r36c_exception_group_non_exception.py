# an ExceptionGroup built from the error messages instead of the errors
errors = []
for text in ["12", "x", "7", "?"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(str(e))
print(errors)
raise ExceptionGroup("parse errors", errors)
