class Motor:
    def __init__(self, speed):
        self.speed = speed

    def start(self):
        if self.speed > 100:
            raise ValueError("speed too high")
        print("running at", self.speed)


Motor(50).start()
Motor(150).start()
