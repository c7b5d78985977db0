# traceback.print_exc() of an error the library raised while handling another one
import statistics
import traceback

for data in [[1, 2, 3], ["a", "b"], []]:
    try:
        print("mean", statistics.mean(data))
    except Exception:
        traceback.print_exc()
print("done")
