# A context manager class whose __exit__ has the wrong signature
class Timer:
    def __enter__(self):
        print("start")
        return self

    def __exit__(self):
        print("stop")

with Timer():
    print("working")
