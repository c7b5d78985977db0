def step(n):
    if n % 2:
        raise ValueError(f"odd step {n}")
    return n

def run_all():
    errs = []
    for n in range(4):
        try:
            step(n)
        except ValueError as e:
            errs.append(e)
    group = ExceptionGroup("steps", errs)
    try:
        raise group
    except ExceptionGroup as g:
        raise ExceptionGroup("run_all failed", [g, RuntimeError("extra")]) from None

try:
    run_all()
except* RuntimeError as r:
    print("handled runtime part:", r.exceptions)
    raise
