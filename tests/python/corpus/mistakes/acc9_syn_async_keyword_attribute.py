# A method called async on an object.
class Api:
    def run(self):
        return 1

api = Api()
api.async()
