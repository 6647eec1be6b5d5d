package fr.journees.livret;

import java.util.List;

import fr.journees.base.pdf.RichText.Block;

/** Everything the booklet prints, in its order; texts already formatted for the reader's language. */
public record Livret(Cover cover, List<Text> introduction, List<Slot> programme, Plan plan,
                     List<StopPage> stops, List<Text> workshopTexts, List<Workshop> workshops,
                     List<Text> closing, List<Contact> contacts, String accentColour,
                     String logoDataUri) {

    public record Cover(String title, String subtitle, String theme, String date, String hours, String venue,
                        List<String> organisers, List<String> partners) {
    }

    public record Text(String title, String authorLine, List<Block> body) {
    }

    public record Slot(String time, String title, List<Block> description, String location) {
    }

    /** number: the place's number on the plan; colours: the itineraries that stop there. */
    public record StopPage(int number, String place, String address, List<Badge> itineraries, String theme,
                           List<String> speakers, List<Block> description, List<String> facts) {
    }

    public record Badge(String name, String colour, int position) {
    }

    public record Workshop(int number, String title, List<Block> questions, List<Block> objectives, String room,
                           List<Initiative> initiatives) {
    }

    public record Initiative(String title, String porteur, String actsOn, String territory, List<Block> description) {
    }

    public record Contact(String name, String address, String phone, String email, String website,
                          List<Block> description) {
    }
}
