# a learner tries a backslash escape inside an f-string expression (3.11 refuses)
words = ["alpha", "beta", "gamma"]
print("before the error")
print(f"{'\n'.join(words)}")
print("never reached")
