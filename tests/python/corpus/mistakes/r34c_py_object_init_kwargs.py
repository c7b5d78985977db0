# Forwarding keyword arguments up to object.__init__ through super()
class Base:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        print("Base ready")

class Service(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

Service("api")
Service("db", retries=3)
