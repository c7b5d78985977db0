# raising an exception group of error messages as strings
messages = []
for v in [4, -1, 7]:
    if v < 0:
        messages.append(f"bad value {v}")
print(messages)
raise ExceptionGroup("invalid input", messages)
