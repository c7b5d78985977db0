# a crash reporter that prints the local variables of the function that failed
def report(e):
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    frame = tb.tb_frame
    print(f"{type(e).__name__} in {frame.f_code.co_name}() line {tb.tb_lineno}:")
    for name, value in sorted(frame.f_locals.items()):
        print(f"    {name} = {value!r}")

def average(scores):
    total = sum(scores)
    count = len(scores)
    return total / count

for data in ([3, 4], []):
    try:
        print(average(data))
    except ZeroDivisionError as e:
        report(e)
        print("caller line now:", e.__traceback__.tb_frame.f_lineno)
