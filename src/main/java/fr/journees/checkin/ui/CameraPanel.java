package fr.journees.checkin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * The camera path: door.js reads the video with getUserMedia, decodes each frame with jsQR and hands
 * the code to the door screen's {@code scanned} method; a badge held still is read once.
 */
class CameraPanel extends Div {

    private final Element video = new Element("video");
    private final Component host;
    private boolean running;

    CameraPanel(Component host) {
        this.host = host;
        setId("door-camera-panel");
        addClassName("door-camera-panel");
        video.setAttribute("id", "door-video");
        video.setAttribute("playsinline", "");
        video.setAttribute("muted", "");
        getElement().appendChild(video);
        setVisible(false);
    }

    boolean running() {
        return running;
    }

    void start() {
        running = true;
        setVisible(true);
        getElement().executeJs("window.journeesDoor.start($0, $1)", host.getElement(), video);
    }

    void stop() {
        if (running) {
            getElement().executeJs("window.journeesDoor && window.journeesDoor.stop($0)", video);
        }
        running = false;
        setVisible(false);
    }
}
