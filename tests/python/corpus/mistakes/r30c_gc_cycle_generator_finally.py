# A suspended generator kept alive by a cycle; its finally runs at collection.
import gc

def worker(box):
    try:
        yield "started"
        yield "more"
    finally:
        print("worker finally")

box = {}
box["gen"] = worker(box)
box["self"] = box
print(next(box["gen"]))
del box
print("box dropped")
gc.collect()
print("after collect")
