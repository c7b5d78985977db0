# padding job ids with zeros; one id is a string
ids = [7, 42, "103"]
for i in ids:
    print(f"job-{i:05}")
# (end of the program)
