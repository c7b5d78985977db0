# Resources in a class-level dict, released explicitly or at exit, their __del__ printing which.
class Resource:
    live = {}
    def __init__(self, key):
        self.key = key
        Resource.live[key] = self
        print("opened", key)
    def close(self):
        print("closing", self.key)
        del Resource.live[self.key]
    def __del__(self):
        print("released", self.key)

for k in ["db", "log", "cache"]:
    Resource(k)
Resource.live["log"].close()
print("open now:", sorted(Resource.live))
with_ref = Resource("tmp")
with_ref.close()
del with_ref
print("end of program")
