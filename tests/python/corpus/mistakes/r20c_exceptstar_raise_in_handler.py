# raising inside an except* handler
def main():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError as e:
        print("types:", e.exceptions)

print("before")
main()
