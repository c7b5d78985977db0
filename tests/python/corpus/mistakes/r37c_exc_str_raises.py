# my error class builds its message from a dict, but one key is missing
class OrderError(Exception):
    def __init__(self, info):
        super().__init__(info)
        self.info = info
    def __str__(self):
        return f"order {self.info['id']} failed: {self.info['reason']}"

try:
    raise OrderError({"id": 1, "reason": "no stock"})
except OrderError as e:
    print("caught:", e)
raise OrderError({"id": 2})
