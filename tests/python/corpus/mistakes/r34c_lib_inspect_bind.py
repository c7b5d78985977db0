# Checking call arguments against a signature before calling
import inspect

def schedule(job, delay, *, repeat=False):
    return f"{job} in {delay}s repeat={repeat}"

sig = inspect.signature(schedule)
print(sig)
print(sig.bind("backup", 5).arguments)
print(sig.bind("backup", 5, True))
