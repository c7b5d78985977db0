# except* handling part of a group; the rest goes on up.
def run():
    raise ExceptionGroup("batch", [
        KeyError("sku-9"),
        ValueError("qty -1"),
        KeyError("sku-3"),
        ZeroDivisionError("price / 0"),
    ])

try:
    run()
except* KeyError as eg:
    print("missing:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("bad values:", len(eg.exceptions))
