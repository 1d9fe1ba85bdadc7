"""rabbitmq_bytes: RPC over a real RabbitMQ broker with pika: the request
with reply_to + correlation_id, the reply body arr.tobytes().  The harness
starts the broker; at 1 GiB the broker itself refuses the reply."""
import os

from ipcfloor.timeline.stamps import mark

from common import ArraySource, shape_for
from ._base import Client, Refused, parse_req, ready, spawn_server
from .descriptor import Transport


def rmq_params(port):
    import pika
    return pika.ConnectionParameters("127.0.0.1", port, heartbeat=0,
                                     blocked_connection_timeout=600)


def server_rabbitmq(args):
    """RPC worker: consumes requests, replies with arr.tobytes() to reply_to."""
    import pika
    src = ArraySource()
    conn = pika.BlockingConnection(rmq_params(args.port))
    last = {}

    def on_request(ch, method, props, body):
        # pika's consumer callback: the request frame has been read and parsed
        mark("draw")
        size, pattern = parse_req(body.decode())
        last["reply_to"], last["cid"] = props.reply_to, props.correlation_id
        arr = src.get(size, pattern)
        mark("tobytes")
        data = arr.tobytes()
        mark("publish")
        ch.basic_publish("", props.reply_to, body=data,
                         properties=pika.BasicProperties(correlation_id=props.correlation_id))
        mark("consume")

    def open_channel():
        ch = conn.channel()
        ch.queue_declare(queue=args.queue, auto_delete=True)
        ch.basic_consume(args.queue, on_request, auto_ack=True)
        return ch

    ch = open_channel()
    ready(args.queue)
    while True:
        try:
            # returns as soon as a request was dispatched; the 1 s limit only
            # bounds how long a channel closed by the broker goes unnoticed
            conn.process_data_events(time_limit=1)
            closed = ch.is_closed
            reason = "the broker closed the channel"
        except pika.exceptions.ChannelClosedByBroker as e:
            closed = True
            reason = "%s %s" % (e.reply_code, e.reply_text)
        if closed:
            # pika keeps the broker's Channel.Close reason until the next use
            why = getattr(ch, "_closing_reason", None)
            if isinstance(why, pika.exceptions.ChannelClosedByBroker):
                reason = "%s %s" % (why.reply_code, why.reply_text)
            # the broker refused the last reply (for example its
            # max_message_size): tell the waiting client why
            ch = open_channel()
            ch.basic_publish("", last.get("reply_to", ""), body=b"",
                             properties=pika.BasicProperties(
                                 correlation_id=last.get("cid"),
                                 headers={"refused": "broker refused the reply: " + reason}))


class RabbitMQ(Client):
    def start(self):
        import pika
        if not self.opts.rmq_port:
            raise RuntimeError("no broker port given")
        self.queue = "ipcfloor-rpc-%d" % os.getpid()
        p, _ = spawn_server("rabbitmq", "--port", str(self.opts.rmq_port), "--queue", self.queue)
        self.server_procs = [p]
        self.conn = pika.BlockingConnection(rmq_params(self.opts.rmq_port))
        self.ch = self.conn.channel()
        self.cbq = self.ch.queue_declare("", exclusive=True).method.queue
        self.ch.basic_consume(self.cbq, self.on_reply, auto_ack=True)
        self.n = 0
        self.reply = None

    def on_reply(self, ch, method, props, body):
        mark("reply in")
        if props.correlation_id == self.cid:
            self.reply = (props, body)

    def sides(self):
        d = Client.sides(self)
        if self.opts.rmq_pid:
            d["broker"] = [self.opts.rmq_pid]
        return d

    def request(self, size, pattern):
        import pika
        import numpy as np
        self.n += 1
        self.cid = str(self.n)
        self.reply = None
        mark("publish")
        self.ch.basic_publish("", self.queue, body=("%d %s" % (size, pattern)).encode(),
                              properties=pika.BasicProperties(reply_to=self.cbq,
                                                              correlation_id=self.cid))
        mark("consume reply")
        while self.reply is None:
            self.conn.process_data_events(time_limit=None)
        props, body = self.reply
        self.reply = None
        if props.headers and "refused" in props.headers:
            raise Refused(props.headers["refused"])
        mark("ndarray")
        return np.frombuffer(body, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        try:
            self.conn.close()
        except Exception:
            pass
        Client.stop(self)


TRANSPORT = Transport(
    name="rabbitmq_bytes",
    variants={"default": RabbitMQ},
    requires=("numpy", "pika", "cmd:rabbitmq-server"),
    server=server_rabbitmq, server_kind="rabbitmq",
    # the broker's side is not stamped: its time shows as broker:(not stamped)
    stages={"client": ("publish", "consume reply", "reply in", "ndarray"),
            "server": ("draw", "tobytes", "publish", "consume")},
    needs_broker=True,
)
