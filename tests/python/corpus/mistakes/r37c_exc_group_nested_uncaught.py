# collecting errors from batches into nested exception groups
def check(batch):
    errors = []
    for x in batch:
        if x < 0:
            errors.append(ValueError(f"negative: {x}"))
    if errors:
        raise ExceptionGroup(f"batch {batch}", errors)

problems = []
for b in ([1, -2], [3], [-4, -5]):
    try:
        check(b)
    except ExceptionGroup as eg:
        problems.append(eg)
print(len(problems), "bad batches")
raise ExceptionGroup("all batches", problems)
